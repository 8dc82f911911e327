/**
 * Who may chair a reception session and sign its minutes: the leader of the session in person, the official the
 * session was delegated to, or an active deputy of the same unit (the same rule as recording a session held).
 */
export interface ChairCandidate {
  readonly id: string;
  readonly unitId: string;
  readonly position: 'head' | 'deputy' | 'member';
  readonly active: boolean;
}

export interface SessionFacts {
  readonly officialId: string;
  readonly delegateOfficialId: string | null;
  readonly unitId: string;
}

export function mayChair(session: SessionFacts, candidate: ChairCandidate | null): boolean {
  if (!candidate) return false;
  if (candidate.id === session.officialId || candidate.id === session.delegateOfficialId) return true;
  return candidate.unitId === session.unitId && candidate.position === 'deputy' && candidate.active;
}

/** The default chair: the delegate when the session was delegated, else its own leader. */
export const defaultChair = (session: SessionFacts): string => session.delegateOfficialId ?? session.officialId;

/** The leader chaired in person (a deputy standing in is recorded as such and does not count as the head's). */
export const chairedInPerson = (session: SessionFacts, chairId: string): boolean => chairId === session.officialId;
