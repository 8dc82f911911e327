import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { PetitionStatusService } from '../petitions/petition-status.service.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { TaskSeedService } from '../tasks/task-seed.service.js';
import { TasksService } from '../tasks/tasks.service.js';

const ZONE = 'Asia/Ho_Chi_Minh';

export interface DemoPetitionsInput {
  unitId: string;
  unitName: string;
  /** Days the three petitions were received (oldest first). */
  receivedOn: [string, string, string];
}

type Stage = 'answered' | 'in_progress' | 'open';

/** Three clearly fictional petitions of the demo ward, with their follow-up tasks at different stages. */
const PETITIONS: {
  stage: Stage;
  type: 'feedback' | 'recommendation' | 'complaint';
  channel: 'online' | 'mail' | 'reception';
  name: string;
  subject: string;
  content: string;
  instruction: string;
  answer?: string;
}[] = [
  {
    stage: 'answered',
    type: 'feedback',
    channel: 'online',
    name: 'Nguyễn Thị Mẫu Một',
    subject: 'Phản ánh đèn chiếu sáng ngõ 12 bị hỏng (dữ liệu mẫu)',
    content: 'Đèn chiếu sáng ngõ 12 đường Thử Nghiệm bị hỏng hơn một tháng (nội dung hư cấu).',
    instruction: 'Kiểm tra, sửa đèn chiếu sáng và trả lời công dân.',
    answer: 'Đã thay bóng đèn chiếu sáng ngõ 12; đèn hoạt động bình thường (kết quả mẫu).',
  },
  {
    stage: 'in_progress',
    type: 'recommendation',
    channel: 'mail',
    name: 'Trần Văn Mẫu Hai',
    subject: 'Kiến nghị nạo vét cống thoát nước tổ dân phố số 5 (dữ liệu mẫu)',
    content: 'Cống thoát nước tổ dân phố số 5 bị tắc, ngập khi mưa (nội dung hư cấu).',
    instruction: 'Khảo sát hiện trạng cống, lập phương án nạo vét.',
  },
  {
    stage: 'open',
    type: 'complaint',
    channel: 'reception',
    name: 'Lê Thị Mẫu Ba',
    subject: 'Khiếu nại việc xác định diện tích đất bồi thường (dữ liệu mẫu)',
    content: 'Khiếu nại việc đo đạc diện tích đất khi thu hồi (nội dung hư cấu).',
    instruction: 'Xác minh hồ sơ đo đạc, báo cáo Chủ tịch UBND phường.',
  },
];

/**
 * Writes the demo petitions and tasks inside the demo transaction, through the petitions and tasks services'
 * `createWithin` (same deadlines and checks as real ones). The petitions' status comes from the petitions module's
 * state machine, exactly as when the tasks module reports real progress.
 */
@Injectable()
export class DemoPetitions {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly status: PetitionStatusService,
    private readonly tasks: TasksService,
    private readonly taskSeed: TaskSeedService,
    private readonly clock: Clock,
  ) {}

  async create(em: EntityManager, input: DemoPetitionsInput): Promise<number> {
    const now = this.clock.now();
    for (const [i, p] of PETITIONS.entries()) {
      const receivedAt = DateTime.fromISO(`${input.receivedOn[i]}T09:00`, { zone: ZONE }).toUTC().toJSDate();
      const petitionId = await this.petitions.createWithin(
        em,
        {
          type: p.type,
          channel: p.channel,
          receivedAt: receivedAt.toISOString(),
          unitId: input.unitId,
          petitioner: { fullName: p.name, address: 'Số 99 đường Thử Nghiệm, phường Hồng Bàng (địa chỉ hư cấu)' },
          subject: p.subject,
          content: p.content,
        },
        null,
      );
      const taskId = await this.tasks.createWithin(
        em,
        petitionId,
        { assigneeUnitId: input.unitId, instruction: p.instruction },
        null,
      );
      if (p.stage !== 'open') {
        await this.taskSeed.advanceWithin(
          em,
          {
            taskId,
            stage: p.stage,
            answer: p.answer,
            unitId: input.unitId,
            unitName: input.unitName,
            petitionType: p.type,
            subject: p.subject,
          },
          now,
        );
      }
      await this.status.applyWithin(
        em,
        petitionId,
        await this.taskSeed.factsWithin(em, taskId, DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!),
      );
    }
    return PETITIONS.length;
  }
}
