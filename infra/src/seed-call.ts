import { createKeyRing, gatewayHeaders, IDEMPOTENCY_HEADER, PUBLIC_IDENTITY, type PlatformConfig, type UnitModule } from '@sesao28/kit';

interface GraphQLAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string }[];
}

/**
 * Calls one unit's own API as its head (or the public) would, vouched for with the
 * gateway's key like the gateway does (this process holds it: `npm start` and tests only). A write with a key carries it as
 * Idempotency-Key (`seed-<slug>-<key>`), so running the seed again changes nothing.
 * Answers the unit's root field of the result.
 */
export async function unitCaller(unitUrl: string, config: PlatformConfig, unit: UnitModule) {
  const { code, slug } = unit.manifest;
  const keys = createKeyRing(config.keys);
  const head = gatewayHeaders(keys, code, { role: 'UNIT_HEAD', unitCode: code, subject: `seed-${slug}`, confidential: true });
  const publicly = gatewayHeaders(keys, code, PUBLIC_IDENTITY);
  return async (key: string | null, query: string, variables: Record<string, unknown> = {}, asHead = true) => {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(unitUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(await (asHead ? head : publicly)(body)),
        ...(key ? { [IDEMPOTENCY_HEADER]: `seed-${slug}-${key}` } : {}),
      },
      body,
    });
    const answer = (await res.json()) as GraphQLAnswer;
    if (answer.errors?.length) throw new Error(`seeding ${slug} (${key}): ${answer.errors[0]!.message}`);
    return answer.data![slug];
  };
}
