// Values an object carries for its own getters - a finding's fix builder, a card section's card - as
// symbol-keyed, non-enumerable own properties: spreading, JSON and deep equality do not see them.

/** Set `target[key]` to `value` as a hidden property and return the value. */
export function defineHidden<T>(target: object, key: symbol, value: T): T {
  Object.defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
  return value;
}
