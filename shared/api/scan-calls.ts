import { z } from 'zod';
import { scanReportSchema } from '../contracts/scan-report';
import { defineCall } from './define';

export const scanCalls = {
  scan: defineCall(z.object({}).strict(), scanReportSchema),
} as const;

export const scanProgressSchema = z.object({
  collector: z.string(),
  status: z.enum(['started', 'done', 'failed', 'timed-out']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ScanProgress = z.infer<typeof scanProgressSchema>;

export const scanEvents = {
  scanProgress: scanProgressSchema,
} as const;
