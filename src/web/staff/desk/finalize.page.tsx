import { dayDateVi } from '../../common/format.js';
import type { FormErrors } from '../../common/form-errors.js';
import { Button, ErrorSummary, PostForm } from '../../common/forms.js';
import { StaffLayout, type StaffFrame } from '../staff-layout.js';
import { DESK_PATH, deskSessionPath, finalizePath } from './desk-paths.js';
import type { DeskSession } from './desk-view.service.js';
import type { FinalizePreview } from './domain/desk-forms.js';

/**
 * `/can-bo/ban-tiep/:id/hoan-tat`: the confirmation step of "Hoàn tất biên bản". It says what locking will create
 * (how many petitions and tasks, for which units) before the secretary confirms; locking cannot be undone.
 */
export function FinalizePage(props: {
  frame: StaffFrame;
  desk: DeskSession;
  preview: FinalizePreview;
  errors?: FormErrors | null;
}) {
  const { desk, preview } = props;
  const s = desk.session;
  const sessionLabel = `Buổi tiếp ${dayDateVi(s.startsAt, s.timeZone)}`;
  const cases = desk.minutes?.cases.length ?? 0;
  return (
    <StaffLayout
      title="Hoàn tất biên bản"
      frame={props.frame}
      crumbs={[
        { href: DESK_PATH, label: 'Bàn tiếp dân' },
        { href: deskSessionPath(s.id), label: sessionLabel },
        { label: 'Hoàn tất biên bản' },
      ]}
    >
      <h1>Hoàn tất biên bản</h1>
      <ErrorSummary errors={props.errors} />
      <p>
        {sessionLabel}: biên bản có {cases} vụ việc. Sau khi hoàn tất, biên bản được khóa (không sửa được nữa, chỉ thêm
        văn bản đính chính) và buổi tiếp được ghi nhận là đã tiếp.
      </p>
      <h2>Hệ thống sẽ tạo</h2>
      {preview.petitions === 0 ? (
        <p>Không tạo đơn hay công việc nào (không có vụ việc thụ lý hoặc chuyển đơn).</p>
      ) : (
        <>
          <p>
            <strong>
              {preview.petitions} đơn và {preview.tasks} công việc
            </strong>{' '}
            giao cho các đơn vị sau:
          </p>
          <ul>
            {preview.byUnit.map((u) => (
              <li key={u.unitId}>
                {u.unitName}: {u.tasks} công việc ({u.people.join(', ')})
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.closedAtDesk > 0 ? (
        <p>
          {preview.closedAtDesk} vụ việc kết thúc tại buổi tiếp (hướng dẫn hoặc từ chối tiếp): không tạo đơn; công dân
          nhận phiếu khảo sát sự hài lòng.
        </p>
      ) : null}
      <PostForm action={finalizePath(s.id)} csrf={props.frame.csrf}>
        <Button>Xác nhận hoàn tất biên bản</Button>
      </PostForm>
      <p>
        <a href={deskSessionPath(s.id)}>Quay lại buổi tiếp, chưa hoàn tất</a>
      </p>
    </StaffLayout>
  );
}
