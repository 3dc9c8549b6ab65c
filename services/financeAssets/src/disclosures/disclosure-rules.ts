/** Kinds, methods and limits of disclosures, stated once (the migration checks the same). */
export const DISCLOSURE_KINDS = ['PROCUREMENT_PLAN', 'PROCUREMENT_RESULT', 'SPENDING_REPORT'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];

export const PROCUREMENT_METHODS = ['E_BIDDING', 'E_MARKET', 'SELECTION', 'SPECIFIC', 'OTHER'] as const;
export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number];

/** numeric(15, 2): up to 9,999,999,999,999.99 baht. */
export const AMOUNT_PRECISION = 15;
export const MAX_AMOUNT_BAHT = 9_999_999_999_999.99;
