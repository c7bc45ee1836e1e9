/**
 * Numbers distinct keys in the order they are first seen: a list that holds each key (or a value
 * for it) once, and the index of a key in it.
 */
export class Interner<Key, Value = Key> {
  private readonly indexes = new Map<Key, number>();
  readonly keys: Key[] = [];
  readonly values: Value[] = [];

  /** The key's index; a new key is appended with `value` (the key itself when not given). */
  indexOf(key: Key, value?: Value): number {
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.indexes.set(key, index);
      this.keys.push(key);
      this.values.push(value ?? (key as unknown as Value));
    }
    return index;
  }
}
