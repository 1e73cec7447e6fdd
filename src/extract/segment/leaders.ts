// Dotted leaders: a run of four or more full stops, spaced or not, that joins a table row's label
// to its figure ("Soldiers killed ......... 4", "Wounded . . . . . 9"), as press releases and
// bulletins print their figures. Such a run is no sentence's end (ICU breaks after it, before the
// figure) and a line holding one is a row of its own, never a wrapped line of prose. Three stops
// are an ellipsis ("He said... 12 ran"), which stays a break.

/** A leader at the end of a piece of text, before the blanks after it. */
const ENDS_IN_LEADER = /(?:\. ?){3}\.\s*$/;
/** A line of a label, a leader and something after it. */
const LEADER_ROW = /\S\s*(?:\. ?){3}\.[ .]*\S/;

/** Whether `piece` ends in a leader, so the sentence goes on after it. */
export const endsInLeader = (piece: string): boolean => ENDS_IN_LEADER.test(piece);

/** Whether a line is a table row of a label, a leader and a figure. */
export const isLeaderRow = (line: string): boolean => LEADER_ROW.test(line);
