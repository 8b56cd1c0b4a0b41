import { excelApiSets, isVersion, versionAtMost } from './api-sets';
import { HostProfile, NPM_OFFICE_JS_LAST_SET } from './profiles';

/**
 * The request machinery of the strict Excel double: calls queue actions, `context.sync()` runs them
 * in order and stops at the first failure (as Excel does: earlier actions of the batch stay applied),
 * properties are readable only once loaded and synced (or set locally), and every member is checked
 * against its requirement set from @types/office-js.
 */
export class ExcelError extends Error {
  override name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Members every client object and collection has, without their own annotation. */
const BASE_MEMBERS = new Set(['load', 'items', 'isNullObject', 'toJSON', 'track', 'untrack', 'context', 'run', 'value']);

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const VALUES_CELL_LIMIT = 5_000_000;
export const MERGED_AREAS_LIMIT = 512;
export const SETTINGS_LIMIT = 2 * 1024 * 1024;

export interface Limits {
  /** getRanges: the longest address list and the most areas one call accepts (office-js #5198). */
  getRangesChars: number;
  getRangesAreas: number;
}

export const DEFAULT_LIMITS: Limits = { getRangesChars: 8192, getRangesAreas: 500 };

type Action = () => void;

export class Core {
  private queue: Action[] = [];
  private requestBytes = 0;
  private responseBytes = 0;
  syncs = 0;
  /** Actions queued for Excel (loads, writes, member calls): what the benchmark counts as requests. */
  requests = 0;
  /** Every `Class.member` the code under test touched, for the API-surface test. */
  readonly used = new Set<string>();

  constructor(
    readonly profile: HostProfile,
    readonly limits: Limits,
  ) {}

  supports(set: string): boolean {
    return isVersion(set) && versionAtMost(set, this.profile.excelApi);
  }

  /** The member's set, or a thrown test error when the member is not documented. */
  setOf(cls: string, member: string): string {
    if (BASE_MEMBERS.has(member)) return '1.1';
    const set = excelApiSets().get(`${cls}.${member}`);
    if (!set) throw new Error(`strict Excel double: ${cls}.${member} is not a documented Excel member`);
    return set;
  }

  /** Present in the loaded office.js: the npm package's host files lack members above its last set. */
  shipped(cls: string, member: string): boolean {
    const set = this.setOf(cls, member);
    return this.profile.officeJs === 'cdn' || (isVersion(set) && versionAtMost(set, NPM_OFFICE_JS_LAST_SET));
  }

  /** Checks a member's set; above the host's, the batch fails with ApiNotFound at the next sync. */
  need(cls: string, member: string): void {
    this.used.add(`${cls}.${member}`);
    const set = this.setOf(cls, member);
    if (!this.supports(set)) this.push(() => fail('ApiNotFound', `${cls}.${member} needs ${set}; this Excel supports ExcelApi ${this.profile.excelApi}.`));
  }

  push(action: Action, requestBytes = 0): void {
    this.requestBytes += requestBytes;
    this.requests++;
    this.queue.push(action);
  }

  /** Counts bytes of loaded data; Excel on the web refuses a response above 5 MB. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const actions = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    await Promise.resolve();
    const web = this.profile.platform === 'web';
    if (web && requestBytes > WEB_PAYLOAD_LIMIT) fail('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    for (const action of actions) action();
    if (web && this.responseBytes > WEB_PAYLOAD_LIMIT) fail('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
}

export function fail(code: string, message: string): never {
  throw new ExcelError(code, message);
}

/** A client object: loaded and locally set properties, a deferred failure (ItemNotFound) and null-object state. */
export class ClientObject {
  protected readonly props = new Map<string, unknown>();
  private resolved = false;
  private nullObject = false;

  constructor(
    protected readonly core: Core,
    protected readonly cls: string,
    /** Says, at sync, whether the object exists: every action on a missing one fails. */
    protected readonly missing: () => ExcelError | undefined = () => undefined,
    orNull = false,
  ) {
    core.push(() => {
      this.resolved = true;
      this.nullObject = orNull && this.missing() !== undefined;
    });
  }

  get isNullObject(): boolean {
    if (!this.resolved) fail('PropertyNotLoaded', `isNullObject of ${this.cls} is not available before context.sync().`);
    return this.nullObject;
  }

  /** Queues an action on this object: fails when the object does not exist. */
  protected act(member: string, action: Action, requestBytes = 0): void {
    this.core.need(this.cls, member);
    this.core.push(() => {
      const error = this.missing();
      if (error) throw error;
      action();
    }, requestBytes);
  }

  /** `load('a,b')`, `load(['a'])`, `load('items/name')`: snapshots each property at sync. */
  load(names?: string | string[]): this {
    const list = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
    for (const name of list) {
      const [head = '', ...rest] = name.split('/');
      this.core.need(this.cls, head);
      this.core.push(() => {
        const error = this.missing();
        if (error) {
          if (this.nullObject) return;
          throw error;
        }
        this.loadProperty(head, rest.join('/'));
      });
    }
    return this;
  }

  /** Snapshot of one property (and, for `items`, of the items' properties). */
  protected loadProperty(name: string, _sub: string): void {
    this.props.set(name, this.snapshot(name));
  }

  protected snapshot(name: string): unknown {
    return fail('InvalidArgument', `${this.cls}.${name} cannot be loaded in the double.`);
  }

  protected read<T>(name: string): T {
    if (this.resolved && this.nullObject) fail('InvalidObjectPath', `${this.cls} is a null object.`);
    if (!this.props.has(name))
      fail(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.props.get(name) as T;
  }

  protected write(name: string, value: unknown, apply: () => void): void {
    this.props.set(name, value);
    this.act(name, apply, JSON.stringify(value ?? null).length);
  }
}

/** Makes members above the loaded office.js absent from a class's prototype (the npm package). */
export function stripUnshipped(core: Core, cls: string, klass: { prototype: object }, members: readonly string[]): void {
  for (const member of members) if (!core.shipped(cls, member)) delete (klass.prototype as Record<string, unknown>)[member];
}
