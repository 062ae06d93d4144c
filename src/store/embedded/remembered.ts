/**
 * What the embedded database said, by id (null: nothing), in a bounded map that forgets the oldest
 * first. The in-memory copies of the embedded store (state, update logs, plan settings, question
 * windows: cached-*.ts) keep their rows here. A read that was already under way when a write forgot
 * an id does not put its older answer back: take a {@link mark} before reading and {@link settle}
 * with it after.
 */
export class Remembered<T> {
  private readonly kept = new Map<string, T | null>();
  private writes = 0;
  private readonly lastWrite = new Map<string, number>();

  constructor(private readonly maxKeys: number) {}

  get(id: string): T | null | undefined {
    return this.kept.get(id);
  }

  missing(ids: string[]): string[] {
    return ids.filter((id) => !this.kept.has(id));
  }

  /** Call before reading the database: what {@link settle} needs to know. */
  mark(): number {
    return this.writes;
  }

  /** Keeps what a read found, unless the id was written since `mark`. */
  settle(id: string, value: T | null, mark: number): void {
    if ((this.lastWrite.get(id) ?? -1) >= mark) return;
    this.set(id, value);
  }

  /** Keeps what a write left (the writer's word is the database's). */
  set(id: string, value: T | null): void {
    this.kept.delete(id);
    if (this.kept.size >= this.maxKeys) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(id, value);
  }

  /** Forgets an id before and after a write, so no read under way puts its older answer back. */
  forget(id: string): void {
    this.kept.delete(id);
    this.touch(id);
  }

  /** Runs a write of an id, forgetting it before and after (a failed write too). */
  async around<R>(id: string, write: () => Promise<R>): Promise<R> {
    this.forget(id);
    try {
      return await write();
    } finally {
      this.forget(id);
    }
  }

  /**
   * Marks an id as being written, keeping what is kept: no read under way keeps its answer, and the
   * writer lays its change over what is kept when done (additions, whatever their order).
   */
  touch(id: string): void {
    this.lastWrite.delete(id);
    if (this.lastWrite.size >= this.maxKeys) this.lastWrite.delete(this.lastWrite.keys().next().value!);
    this.lastWrite.set(id, this.writes);
    this.writes += 1;
  }
}
