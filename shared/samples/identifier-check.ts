/** Samples that share one identifier value. */
export interface IdentifierCollision {
  value: string;
  ids: string[];
}

/** Samples whose identifier values differ only by letter case or surrounding spaces. */
export interface IdentifierVariants {
  values: string[];
  ids: string[];
}

/** What the identifier check found over a set of samples. */
export interface IdentifierReport {
  key: string;
  checked: number;
  /** Ids of samples without a value: an incoming call for them cannot find anyone. */
  missing: string[];
  /** Exactly equal values: an incoming call would find the wrong user or be refused. */
  collisions: IdentifierCollision[];
  /** Values equal once trimmed and lower-cased: a match may depend on how the third party spells them. */
  caseVariants: IdentifierVariants[];
}

/**
 * Checks the identifier field's values over the samples: which lack one, which collide, which differ only
 * by case or surrounding spaces. Groups come in the order their first sample appears.
 */
export function identifierCheck(
  samples: readonly { id: string; fields: Readonly<Record<string, unknown>> }[],
  identifierFieldKey: string,
): IdentifierReport {
  const missing: string[] = [];
  // normalised value → exact value → sample ids; Maps keep insertion order.
  const groups = new Map<string, Map<string, string[]>>();
  for (const sample of samples) {
    const raw = sample.fields[identifierFieldKey];
    const value = raw === null || raw === undefined ? '' : String(raw);
    if (value.trim() === '') {
      missing.push(sample.id);
      continue;
    }
    const norm = value.trim().toLowerCase();
    let exact = groups.get(norm);
    if (!exact) groups.set(norm, (exact = new Map()));
    const ids = exact.get(value);
    if (ids) ids.push(sample.id);
    else exact.set(value, [sample.id]);
  }
  const collisions: IdentifierCollision[] = [];
  const caseVariants: IdentifierVariants[] = [];
  for (const exact of groups.values()) {
    for (const [value, ids] of exact) if (ids.length > 1) collisions.push({ value, ids });
    if (exact.size > 1) caseVariants.push({ values: [...exact.keys()], ids: [...exact.values()].flat() });
  }
  return { key: identifierFieldKey, checked: samples.length, missing, collisions, caseVariants };
}
