/**
 * Files dropped anywhere on the page go to the upload (instead of the browser leaving the app to
 * open them), and the "Own data" tab opens.
 */
import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { chooseFile } from '../../state/upload-actions';

export function useWindowDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file || useStore.getState().busy) return;
      useStore.getState().setPanel('upload');
      void chooseFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
