import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CleanName, CleanText } from '../../common/text/clean.decorators.js';

export class CreateVenueDto {
  @ApiProperty({ example: 'Trụ sở Tiếp công dân phường', maxLength: 200 })
  @CleanName()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
  @ApiProperty({ example: 'Số 1 đường Ví Dụ, phường Hồng Bàng, Hải Phòng', maxLength: 300 })
  @CleanText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId: string;
}

export class UpdateVenueDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @CleanName()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ maxLength: 300 })
  @CleanText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address?: string;
}

export class VenueQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
}
