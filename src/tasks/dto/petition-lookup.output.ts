/** Response body of public-petitions.controller.ts for the OpenAPI document. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PETITION_STATUSES, type PetitionStatus } from '../../petitions/domain/petition-types.js';

export class PetitionLookupUnitOutput {
  @ApiProperty({ type: String }) name: string;
}

export class PetitionLookupExtensionOutput {
  @ApiProperty({ type: Number }) days: number;
  @ApiProperty({ type: String }) reason: string;
}

export class PetitionLookupAnswerOutput {
  @ApiProperty({ type: String }) summary: string;
  @ApiProperty({ type: String, format: 'date' }) answeredOn: string;
}

export class PetitionLookupOutput {
  @ApiProperty({ type: String, example: 'HS-26-7K4Q9MX' }) code: string;
  @ApiProperty({ enum: PETITION_STATUSES }) status: PetitionStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the legal deadline, extensions included' })
  dueOn: string | null;
  @ApiPropertyOptional({ type: PetitionLookupUnitOutput, description: 'absent for a sealed denunciation' })
  unit?: PetitionLookupUnitOutput;
  @ApiPropertyOptional({ type: String, format: 'date', description: 'absent for a sealed denunciation' })
  receivedOn?: string;
  @ApiPropertyOptional({ type: [PetitionLookupExtensionOutput], description: 'absent for a sealed denunciation' })
  extensions?: PetitionLookupExtensionOutput[];
  @ApiPropertyOptional({
    type: PetitionLookupAnswerOutput,
    description: 'once answered; never for a sealed denunciation',
  })
  answer?: PetitionLookupAnswerOutput;
}
