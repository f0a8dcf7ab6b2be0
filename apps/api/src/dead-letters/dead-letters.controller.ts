/**
 * /dead-letters: messages a consumer gave up on (poison payloads, handlers failing past their redelivery limit),
 * read from the dead-letter stream so operators see what was lost from the pipeline and why.
 */
import { Controller, Get, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { DEAD_LETTER_HEADERS, NatsConnectionService, readStreamMessages } from '@marsad/messaging';
import { LimitQueryDto } from '../http/list-query.dto';

class DeadLettersQueryDto extends LimitQueryDto {
  @ApiPropertyOptional({ description: 'First stream sequence to return (paging forward)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from_seq?: number;
}

@ApiTags('operations')
@Controller('dead-letters')
export class DeadLettersController {
  constructor(private readonly nats: NatsConnectionService) {}

  @Get()
  async list(@Query() query: DeadLettersQueryDto) {
    const stream = this.nats.names.stream('deadLetters');
    const messages = await readStreamMessages(this.nats.jsm, stream, {
      fromSeq: query.from_seq,
      limit: query.limit + 1,
    });
    const h = DEAD_LETTER_HEADERS;
    const data = messages.slice(0, query.limit).map((m) => ({
      object: 'dead_letter',
      seq: m.seq,
      subject: m.headers[h.originalSubject] ?? m.subject,
      reason: m.headers[h.reason] ?? null,
      error: m.headers[h.error] ?? null,
      consumer: m.headers[h.consumer] ?? null,
      deliveries: m.headers[h.deliveries] ? Number(m.headers[h.deliveries]) : null,
      original_msg_id: m.headers[h.originalMsgId] ?? null,
      payload: m.text.slice(0, 10_000),
    }));
    return { object: 'list', data, has_more: messages.length > query.limit };
  }
}
