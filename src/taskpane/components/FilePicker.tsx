import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';

/**
 * A button that picks a file, named by its label (the hidden input carries the same name, for
 * screen readers and tests), and the name of the file picked last: never the browser's own
 * "No file chosen", which it writes in its own language. Lists of files use FileDrop instead.
 */
const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
  name: { overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

export interface FilePickerProps {
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

export function FilePicker({ label, accept, multiple = false, onFiles }: FilePickerProps): React.ReactElement {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [picked, setPicked] = React.useState<string>();
  return (
    <div className={styles.root}>
      <Button size="small" onClick={() => input.current?.click()}>
        {label}
      </Button>
      {picked ? (
        <Text size={200} className={styles.name}>
          {picked}
        </Text>
      ) : null}
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        aria-label={label}
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = e.target.files ? [...e.target.files] : [];
          if (files.length) {
            setPicked(files.map((f) => f.name).join('、'));
            onFiles(files);
          }
          e.target.value = '';
        }}
      />
    </div>
  );
}
