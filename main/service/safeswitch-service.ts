import { calls, isCallName, type ApiHandlers, type CallName, type CallResponse } from '@shared/api/contract';
import { createChooseHandlers } from './choose-handlers';
import { createHelpHandlers } from './help-handlers';
import { createRemoveHandlers } from './remove-handlers';
import { SaveState } from '../save/save-state';
import { rewriteReport } from './rewrite-report';
import { createSaveHandlers } from './save-handlers';
import { createScanHandlers } from './scan-handlers';
import type { ServiceContext } from './service-context';
import { createSessionHandlers } from './session-handlers';
import { CodedFailure } from '@shared/api/failure-codes';

/** A request that failed validation or named no call: the caller's fault, said plainly. */
export class BadRequestError extends CodedFailure {
  constructor(message: string) {
    super('bad-request', message);
  }
}

/** The one service behind the three doors (IPC, CLI, browser preview). */
export class SafeSwitchService {
  private readonly handlers: ApiHandlers;

  constructor(readonly context: ServiceContext) {
    // One Save state for the service: the Kaspersky facts are read once, whichever call needs them.
    const save = new SaveState(context);
    this.handlers = {
      ...createSessionHandlers(context, { rewriteReport: () => rewriteReport(context, save) }),
      ...createScanHandlers(context),
      ...createSaveHandlers(context, save),
      ...createRemoveHandlers(context),
      ...createChooseHandlers(context, { refreshSaveSections: () => save.writeReportIfFilesGone() }),
      ...createHelpHandlers(context),
    };
  }

  /** Validates an untrusted request against the contract, runs it, and validates the answer. */
  async invoke(name: unknown, request: unknown): Promise<unknown> {
    if (!isCallName(name)) throw new BadRequestError(`unknown call: ${String(name).slice(0, 80)}`);
    const def = calls[name];
    const parsed = def.request.safeParse(request ?? {});
    if (!parsed.success) throw new BadRequestError(`invalid request for ${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const handler = this.handlers[name] as (req: unknown) => Promise<unknown>;
    const response = await handler(parsed.data);
    return def.response.parse(response);
  }

  /** Typed call for in-process users (CLI, tests). */
  call<K extends CallName>(name: K, request: unknown = {}): Promise<CallResponse<K>> {
    return this.invoke(name, request) as Promise<CallResponse<K>>;
  }
}
