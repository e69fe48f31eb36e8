/**
 * What the linkage engine needs to know about one name value. The engine never looks at the
 * letters itself: preparing names (scripts, transliteration, variants, keys) is the job of
 * src/names, reached through a {@link NameAnalyser}.
 */
export interface AnalysedName {
  /** Case- and mark-folded, still in its own script: equal means "the same name, written the same way". */
  normalised: string;
  /** How the name sounds across scripts (Григорян and Qriqoryan alike): term frequencies are counted on it. */
  soundForm: string;
  /** Blocking keys, most telling first: two names that may be one share at least one. */
  keys: readonly string[];
  /** Whatever the analyser needs to relate this name to another one. */
  prepared: unknown;
}

/** Which part of a name a value is. Fathers' names are given names. */
export type NamePart = 'surname' | 'given';

/**
 * How two names (not written identically) relate, strongest first: one name once scripts are set
 * aside; listed or heard as spellings of one name; names used for the same man (Hovhannes ~
 * Ivan); or only as alike as `similarity` says.
 */
export type NameRelation = 'transliteration' | 'spelling-variant' | 'alias' | 'other';

/** The port through which linkage prepares and relates names. */
export interface NameAnalyser {
  /** Returns undefined when the text holds no name (blank, punctuation, "—"). */
  analyse(text: string, part: NamePart): AnalysedName | undefined;
  /**
   * Relates two analysed names of the same part: the relation, the similarity in [0, 1] and
   * whether they share a phonetic key.
   */
  relate(a: AnalysedName, b: AnalysedName): { relation: NameRelation; similarity: number; sharesKey: boolean };
}
