import type { z } from 'zod';

/** One request/response call: both sides validated with a schema (main validates every request). */
export interface CallDef<Req extends z.ZodType, Res extends z.ZodType> {
  readonly request: Req;
  readonly response: Res;
}

export function defineCall<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): CallDef<Req, Res> {
  return { request, response };
}
