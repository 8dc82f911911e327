import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class FeedListQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the feeds of this unit (its officials, itself, its venues).',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

class FeedLinksDto {
  @ApiProperty({
    example: 'https://tiepdan.example/api/v1/feeds/officials/0b6c….ics',
    description: 'http(s) URL of the iCalendar feed',
  })
  httpsUrl: string;
  @ApiProperty({
    example: 'webcal://tiepdan.example/api/v1/feeds/officials/0b6c….ics',
    description: 'The same feed as a webcal:// subscription link',
  })
  webcalUrl: string;
}

export class OfficialFeedDto extends FeedLinksDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
}

export class UnitFeedDto extends FeedLinksDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() level: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
}

export class VenueFeedDto extends FeedLinksDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
}

export class FeedListDto {
  @ApiProperty({ type: [OfficialFeedDto] }) officials: OfficialFeedDto[];
  @ApiProperty({ type: [UnitFeedDto] }) units: UnitFeedDto[];
  @ApiProperty({ type: [VenueFeedDto] }) venues: VenueFeedDto[];
}
