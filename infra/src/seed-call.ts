import {
  GATEWAY_ASSERTION_HEADER,
  IDEMPOTENCY_HEADER,
  PUBLIC_IDENTITY,
  signGatewayAssertion,
  type PlatformConfig,
  type UnitModule,
} from '@sesao28/kit';

interface GraphQLAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string }[];
}

/**
 * Calls one unit's own API as its head (or the public) would, vouched for with the
 * deployment's internal secret like the gateway does. A write with a key carries it as
 * Idempotency-Key (`seed-<slug>-<key>`), so running the seed again changes nothing.
 * Answers the unit's root field of the result.
 */
export async function unitCaller(unitUrl: string, config: PlatformConfig, unit: UnitModule) {
  const { code, slug } = unit.manifest;
  const head = await signGatewayAssertion(config.internalSecret, {
    role: 'UNIT_HEAD',
    unitCode: code,
    subject: `seed-${slug}`,
    confidential: true,
  });
  const publicly = await signGatewayAssertion(config.internalSecret, PUBLIC_IDENTITY);
  return async (key: string | null, query: string, variables: Record<string, unknown> = {}, asHead = true) => {
    const res = await fetch(unitUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [GATEWAY_ASSERTION_HEADER]: asHead ? head : publicly,
        ...(key ? { [IDEMPOTENCY_HEADER]: `seed-${slug}-${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLAnswer;
    if (body.errors?.length) throw new Error(`seeding ${slug} (${key}): ${body.errors[0]!.message}`);
    return body.data![slug];
  };
}
