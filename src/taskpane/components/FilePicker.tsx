import * as React from 'react';
import { Label, makeStyles, tokens } from '@fluentui/react-components';

/** A labelled file input (the label is tied to the input, for screen readers and keyboard users). */
const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0` } });

export interface FilePickerProps {
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

export function FilePicker({ label, accept, multiple = false, onFiles }: FilePickerProps): React.ReactElement {
  const id = React.useId();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = e.target.files ? [...e.target.files] : [];
          if (files.length) onFiles(files);
          e.target.value = '';
        }}
      />
    </div>
  );
}
