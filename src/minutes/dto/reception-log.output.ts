/** JSON body of GET /reception-log (form 03): the register's columns and one entry per reception case. */
import { ApiProperty } from '@nestjs/swagger';
import { FORM03_KEYS } from '../domain/form03.js';

export class ReceptionLogColumnOutput {
  @ApiProperty({ enum: FORM03_KEYS }) key: string;
  @ApiProperty({ type: String }) title: string;
}

export class ReceptionLogOutput {
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String }) unitName: string;
  @ApiProperty({ type: String, format: 'date' }) from: string;
  @ApiProperty({ type: String, format: 'date' }) to: string;
  @ApiProperty({ type: () => [ReceptionLogColumnOutput] }) columns: ReceptionLogColumnOutput[];
  @ApiProperty({
    type: 'array',
    description:
      'Một dòng của sổ: các cột mẫu 03 (theo columns[].key, dạng chuỗi) cùng caseId, handlingRoute, refusalGround, identityProtected, form (hình thức tiếp)',
    items: {
      type: 'object',
      properties: {
        ...Object.fromEntries(FORM03_KEYS.map((k) => [k, { type: 'string' }])),
        caseId: { type: 'string' },
        handlingRoute: { type: 'string', nullable: true },
        refusalGround: { type: 'integer', nullable: true },
        identityProtected: { type: 'boolean' },
        form: { type: 'string', enum: ['in_person', 'online'] },
      },
    },
  })
  entries: Record<string, unknown>[];
}
