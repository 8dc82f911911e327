import { SetMetadata } from '@nestjs/common';

export const AUDIT_ENTITY = 'tiepdan:auditEntity';

/** Names the entity type that writes of this controller (or route) touch, for the audit log. */
export const AuditEntity = (entityType: string) => SetMetadata(AUDIT_ENTITY, entityType);
