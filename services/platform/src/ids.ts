const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a record id as the units write them (a UUID, any case); checked before a lookup, so a bad id is refused, not searched. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
