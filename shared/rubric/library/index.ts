// The built-in rubric library, in the order Fieldbook offers it: TRU Math, TRU for any subject,
// the district SMP template and the lesson study observation guide. Each file carries its own attribution.
import type { RubricInput } from '../format.js';
import { lessonStudyGuide } from './lessonStudyGuide.js';
import { smpTemplate } from './smpTemplate.js';
import { truAnySubject } from './truAnySubject.js';
import { truMath } from './truMath.js';

export const BUILT_IN_RUBRICS: readonly RubricInput[] = [truMath, truAnySubject, smpTemplate, lessonStudyGuide];
