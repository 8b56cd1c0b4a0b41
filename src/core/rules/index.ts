import { deadlinePassed } from './deadline-passed';
import { duplicateColumn } from './duplicate-column';
import { missingColumn } from './missing-column';
import { progressNumbering } from './progress-numbering';
import type { Rule } from './rule';
import { seqDuplicate } from './seq-duplicate';
import { seqGap } from './seq-gap';
import { seqInvalid } from './seq-invalid';
import { seqMissing } from './seq-missing';
import { statusContradiction } from './status-contradiction';
import { statusUnknown } from './status-unknown';
import { unitAlias } from './unit-alias';
import { unitUnknown } from './unit-unknown';
import { progressMissing, statusMissing, taskMissing, unitMissing } from './value-missing';

/** Every rule a report sheet goes through once its header is found. */
export const SHEET_RULES: readonly Rule[] = [
  missingColumn,
  duplicateColumn,
  seqMissing,
  seqInvalid,
  seqDuplicate,
  seqGap,
  taskMissing,
  progressMissing,
  unitMissing,
  unitUnknown,
  unitAlias,
  statusMissing,
  statusUnknown,
  progressNumbering,
  deadlinePassed,
  statusContradiction,
];
