/** `2026-05-01` → `01/05/2026`. */
export function formatSurveyDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** The API field of a survey problem (`answers.reception`) → the id of the radio group that shows it (`reception`). */
export function surveyFieldOf(apiPath: string): string | null {
  if (apiPath === 'comment') return 'comment';
  const m = /^answers\.([a-z][a-z0-9]*)$/.exec(apiPath);
  return m ? m[1]! : null;
}

/** The posted form → the API body: scores as integers (anything else is left for the API to refuse). */
export function surveyBodyOf(
  body: Record<string, unknown>,
  criteria: string[],
): { answers: Record<string, number>; comment?: string } {
  const answers: Record<string, number> = {};
  for (const k of criteria) {
    const v = body[k];
    if (typeof v === 'string' && /^[1-5]$/.test(v)) answers[k] = Number(v);
  }
  const comment = typeof body.comment === 'string' && body.comment.trim() !== '' ? body.comment : undefined;
  return comment === undefined ? { answers } : { answers, comment };
}
