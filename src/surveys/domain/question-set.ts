/**
 * The survey's question set: versioned data (data/survey-questions/v<N>.json, seeded into survey_question_sets at
 * start), so wording and criteria change without code and an answer keeps the version it was given on.
 */
export interface SurveyCriterion {
  /** Stable key, used in answers and aggregates (e.g. `reception`). */
  key: string;
  /** The question, in Vietnamese. */
  question: string;
  /** The SIPAS aspect it is modelled on (for the record; shown to staff, not to citizens). */
  sipasAspect: string;
}

export interface SurveyQuestionSet {
  version: number;
  /** Local date from which this version is the one handed out. */
  validFrom: string;
  title: string;
  intro: string;
  /** Labels of the points 1..5 (index 0 = 1). */
  scale: string[];
  criteria: SurveyCriterion[];
  commentLabel: string;
  /** Where the questions come from (legal or methodological source). */
  source: string;
}

const KEY = /^[a-z][a-z0-9]{1,31}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function str(v: unknown, what: string, max = 1000): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > max)
    throw new Error(`question set: ${what} must be a non-empty string`);
  return v;
}

/** Validates a question-set document (a data file or a stored row); throws on anything malformed. */
export function parseQuestionSet(doc: unknown): SurveyQuestionSet {
  if (!doc || typeof doc !== 'object') throw new Error('question set: not an object');
  const d = doc as Record<string, unknown>;
  const version = d.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new Error('question set: version must be a positive integer');
  const validFrom = str(d.validFrom, 'validFrom', 10);
  if (!ISO_DATE.test(validFrom)) throw new Error('question set: validFrom must be YYYY-MM-DD');
  if (!Array.isArray(d.scale) || d.scale.length !== 5) throw new Error('question set: scale must have 5 labels');
  const scale = d.scale.map((s, i) => str(s, `scale[${i}]`, 100));
  if (!Array.isArray(d.criteria) || d.criteria.length === 0 || d.criteria.length > 20)
    throw new Error('question set: criteria must be a non-empty list');
  const seen = new Set<string>();
  const criteria = d.criteria.map((c: unknown, i) => {
    const r = (c ?? {}) as Record<string, unknown>;
    const key = str(r.key, `criteria[${i}].key`, 32);
    if (!KEY.test(key)) throw new Error(`question set: criteria[${i}].key must be lower-case letters and digits`);
    if (seen.has(key)) throw new Error(`question set: criterion ${key} twice`);
    seen.add(key);
    return {
      key,
      question: str(r.question, `criteria[${i}].question`),
      sipasAspect: str(r.sipasAspect, `criteria[${i}].sipasAspect`),
    };
  });
  return {
    version,
    validFrom,
    title: str(d.title, 'title', 200),
    intro: str(d.intro, 'intro'),
    scale,
    criteria,
    commentLabel: str(d.commentLabel, 'commentLabel', 200),
    source: str(d.source, 'source', 2000),
  };
}

/** The version handed out on `today`: the highest version already valid; null when none is. */
export function currentQuestionSet(sets: SurveyQuestionSet[], today: string): SurveyQuestionSet | null {
  let best: SurveyQuestionSet | null = null;
  for (const s of sets) if (s.validFrom <= today && (!best || s.version > best.version)) best = s;
  return best;
}

export type AnswerProblem = { field: string; message: string };

/**
 * Checks a citizen's answers against a question set: every criterion answered with an integer 1..5, no unknown key.
 * Returns the problems (empty = valid), in Vietnamese.
 */
export function answerProblems(set: SurveyQuestionSet, answers: unknown): AnswerProblem[] {
  if (!answers || typeof answers !== 'object' || Array.isArray(answers))
    return [{ field: 'answers', message: 'Cần trả lời các câu hỏi, mỗi câu một điểm từ 1 đến 5.' }];
  const a = answers as Record<string, unknown>;
  const problems: AnswerProblem[] = [];
  const keys = new Set(set.criteria.map((c) => c.key));
  for (const k of Object.keys(a))
    if (!keys.has(k)) problems.push({ field: `answers.${k}`, message: 'Câu hỏi này không có trong phiếu khảo sát.' });
  for (const c of set.criteria) {
    const v = a[c.key];
    if (v === undefined || v === null)
      problems.push({ field: `answers.${c.key}`, message: 'Chưa chọn điểm cho câu hỏi này.' });
    else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5)
      problems.push({ field: `answers.${c.key}`, message: 'Điểm phải là số nguyên từ 1 đến 5.' });
  }
  return problems;
}
