import type { Locale } from './types';

/** Every user-facing text of a code, in English. `{name}` is filled from the finding's params. */
export const en: Locale = {
  findings: {
    'header-not-found': {
      title: 'Header not found',
      message: 'No header of template "{template}" in the first {scanned} rows; expected the column names {labels}.',
      hint: 'Add a header row above the data with the columns {labels}, or choose the template in the Template tab (command line: --template).',
    },
    'missing-column': {
      title: 'Missing column',
      message: 'The header has no "{column}" column.',
      hint: 'Add a "{column}" column to the header.',
    },
    'duplicate-column': {
      title: 'Duplicate column',
      message: 'The "{column}" column appears more than once ({cells}); only the first is checked.',
      hint: 'Remove or rename the extra "{column}" column.',
    },
    'seq-missing': {
      title: 'Missing sequence number',
      message: 'This row has content but no 序号, and no merged 序号 above it.',
      hint: 'Fill in the 序号; if the row belongs to the task above, merge its 序号 cell with the one above.',
    },
    'seq-invalid': {
      title: 'Invalid sequence number',
      message: 'This is not a sequence number.',
      hint: 'Write it as a plain number such as 1, 2, 3.',
    },
    'seq-duplicate': {
      title: 'Duplicate sequence number',
      message: 'Sequence number {seq} already appears on row {firstRow}.',
      hint: 'Give each task one number; for one task on several rows, merge the 序号 cells.',
    },
    'seq-gap': {
      title: 'Gap in sequence numbers',
      message: 'Sequence number {seq} follows {previous}; {missing} is missing.',
      hint: 'Check for a missing task, or use the numbers of the task list.',
    },
    'task-missing': {
      title: 'Missing task',
      message: '"{column}" is empty.',
      hint: 'Copy the task text from the task list.',
    },
    'progress-missing': {
      title: 'Missing progress',
      message: '"{column}" is empty.',
      hint: "Describe this period's progress as numbered items 1., 2., 3.",
    },
    'unit-missing': {
      title: 'Missing lead unit',
      message: '"{column}" is empty.',
      hint: 'Name the lead unit; separate several units with 、, the first one leads.',
    },
    'unit-unknown': {
      title: 'Unit not in directory',
      message: 'A unit is not in the units directory.',
      hint: 'Replace "{unit}" with the standard name from the directory.',
      hintWithSuggestion: 'Did you mean "{suggestion}" for "{unit}"?',
    },
    'unit-alias': {
      title: 'Non-standard unit name',
      message: 'A unit name is not the standard name ({basis}).',
      hintWithSuggestion: 'Write "{unit}" as "{suggestion}".',
      values: { basis: { 'basis.directory': 'an alias in the units directory', 'basis.data': 'the same data also spells it in full' } },
    },
    'status-missing': {
      title: 'Missing status',
      message: '"{column}" is empty.',
      hint: 'Choose one of: {allowed}.',
    },
    'status-unknown': {
      title: 'Unknown status',
      message: 'This is not an allowed status{reason}.',
      hint: 'Choose one of: {allowed}.',
      hintWithSuggestion: 'Write "{suggestion}".',
      values: { reason: { 'reason.traditional': ' (traditional characters)', 'reason.ambiguous': ' (ambiguous: it could be several statuses)', 'reason.none': '' } },
    },
    'progress-numbering': {
      title: 'Item numbering',
      message: 'Progress items are numbered {found}; expected {expected}.',
      hint: 'Renumber the items 1, 2, 3 in order.',
    },
    'too-many-findings': {
      title: 'Too many findings',
      message: 'More than {limit} "{code}" findings in "{sheet}"; {omitted} more are not listed one by one.',
      hint: 'Fix the listed ones first, then check again.',
    },
    'deadline-passed': {
      title: 'Deadline passed',
      message: 'The deadline "{deadline}" is before the end of the period ({period}), yet the status is not 已完成.',
      hint: 'Mark it 已完成 if done; otherwise explain why and consider a 滞后 status.',
    },
    'status-contradiction': {
      title: 'Status contradicts progress',
      message: 'The progress says "{phrase}", which contradicts this status.',
      hint: 'Check that the status matches the progress text.',
    },
    'progress-unchanged': {
      title: 'Progress unchanged',
      message: 'The progress of "{task}" is {similarity} the previous period ({previous}).',
      hint: "Report this period's progress instead of last period's text.",
      values: { similarity: { 'similarity.same': 'identical to', 'similarity.near': 'nearly identical to' }, previous: { '': 'last period' } },
    },
    'status-changed': {
      title: 'Status changed',
      message: 'The status of "{task}" changed from "{before}" to "{value}" ({direction}).',
      values: { direction: { 'direction.worse': 'worse', 'direction.better': 'better' } },
    },
    'task-added': {
      title: 'Task added',
      message: '"{task}" is new this period.',
    },
    'task-dropped': {
      title: 'Task dropped',
      message: '"{task}" was reported last period but not this one.',
      hint: 'Check whether it was left out.',
    },
    'unit-not-reported': {
      title: 'Unit reported in one period only',
      message: '"{unit}" {when}.',
      values: { when: { 'when.dropped': 'reported last period but not this one', 'when.new': 'reported this period but not last' } },
    },
    'task-mismatch': {
      title: 'Task text changed',
      message: '"{unit}" reported task {seq} with another text; {basis} says "{expected}".',
      hint: 'The consolidated table uses "{expected}"; check with the unit.',
      values: { basis: { 'basis.master': 'the master list', 'basis.first': 'the first submission' } },
    },
    'unexpected-task': {
      title: 'Task not in the master list',
      message: '"{unit}" reported task {seq}, which the master list does not have.',
      hint: 'It is listed at the end of the consolidated table; check the number.',
    },
    'duplicate-submission': {
      title: 'Duplicate submission',
      message: '"{unit}" reported task {seq} twice; kept {kept} ({reason}), left out {dropped}.',
      hint: 'If the wrong copy was kept, remove the other file and merge again.',
      values: { reason: { 'kept.more-complete': 'more complete', 'kept.later-file': 'same content, the later file' } },
    },
    'status-conflict': {
      title: 'Units disagree on status',
      message: 'Units report different statuses for task {seq}: {statuses}; the consolidated status is the most severe, "{status}".',
    },
    'missing-submission': {
      title: 'Not submitted',
      message: '"{unit}" sent nothing for task {seq} "{task}".',
      hint: 'Chase the unit.',
    },
    'status-alias': {
      title: 'Non-standard status',
      message: 'This is another spelling of the status "{standard}".',
      hint: 'A published table uses one vocabulary: write "{standard}".',
    },
    'task-unplaced': {
      title: 'Row not placed',
      message: '"{unit}" reported item {seq}, which matches no master task ({reason}); it is listed apart at the end, merged into no task.',
      hint: 'Check the number and the task text, then merge again.',
      values: { reason: { 'unplaced.text-differs': 'same number, different task text', 'unplaced.no-match': 'neither the number nor the task text matches' } },
    },
    'role-missing': {
      title: 'Required column missing',
      message: 'Sheet "{sheet}" of "{file}" has no "{column}" column; the result is incomplete.',
      hint: 'Add the "{column}" column, or choose the table\'s template in the Template tab (command line: --template), and merge again.',
    },
    'compare-no-match': {
      title: 'No rows matched',
      message: 'No row of one period matches a row of the other ({before} rows before, {after} after); the comparison says nothing.',
      hint: 'Check that both files are two periods of one table (on the command line, --template names the template).',
    },
    'encoding-guessed': {
      title: 'Encoding guessed',
      message: 'This CSV file does not mark its encoding and was read as {encoding}; {replaced} bytes could not be decoded and show as "�".',
      hint: 'Save it as .xlsx (or "CSV UTF-8") in Excel or WPS and check it again, so no text is misread.',
    },
  },
  errors: {
    'file-empty': 'The file is empty (0 bytes); it may not have downloaded completely. Get the file again.',
    'file-not-spreadsheet': 'This is not an Excel workbook (.xlsx) or CSV file. Open it in Excel or WPS and save it as .xlsx.',
    'file-legacy-xls': 'This is a legacy Excel 97-2003 (.xls) file. Open it in Excel or WPS and save it as .xlsx.',
    'file-encrypted': 'The workbook is password-protected. Remove the password (File > Info > Protect Workbook), save, and check again.',
    'file-corrupt': 'The file is damaged or incomplete ({detail}). Ask the sender for it again, or open it in Excel and save it as .xlsx.',
    'file-too-large': 'The part "{part}" would inflate past {limitMb} MB and was refused to keep memory bounded; remove unrelated sheets and try again.',
    'file-unreadable': 'Cannot read {path}: {reason} ({osCode}). Check the path and permissions.',
    'template-invalid': 'The template file "{file}" is invalid: {problems}',
    'template-unknown': 'There is no template "{name}"; built-in templates are {known}, or give the path of a template JSON file.',
    'units-invalid': 'The units directory "{file}" is invalid: {problems}',
    'argument-invalid': '{detail}',
    'download-unsupported': 'Excel for Mac cannot download "{name}"; open this page in a browser to download it.',
  },
  errorValues: {
    'file-unreadable': {
      reason: { 'unreadable.not-found': 'no such file', 'unreadable.is-folder': 'it is a folder', 'unreadable.denied': 'permission denied', 'unreadable.other': 'the system could not read it' },
    },
  },
  errorInFile: '{file}: {message}',
  fixes: {
    'status-spelling': 'status in its standard spelling',
    'unit-alias': 'unit in its standard name',
    'unit-spacing': 'trailing 、 and stray spaces removed from the units',
    'seq-format': 'sequence number as a plain number',
    'seq-renumber': 'sequence numbers renumbered',
    'progress-renumber': 'progress items renumbered 1, 2, 3',
  },
  noFix: {
    'needs-content': 'needs content only the clerk can write',
    ambiguous: 'ambiguous: a person has to decide',
    judgement: 'a judgement call, left to a person',
    'renumber-not-requested': 'sequence numbers usually come from the master list; renumbered only on request',
    structure: 'a problem with the table structure: fix the header',
    'inside-merge': 'the cell is inside a merged range; only its top-left cell is changed',
  },
};
