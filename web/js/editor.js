// Shared by the editor pages: the Ctrl/Cmd+S shortcut, and how a failed save is explained to the user.
import { ApiError } from './api.js';

// Explains why a save failed. A stale version (409 carrying the record as it is now) opens the page's
// conflict notice; invalid input marks its field when showFieldError(field, message) can (returns true);
// anything else is shown as the message. The page keeps the user's text in every case.
export function showSaveError(error, { showConflict, showFieldError, showState }) {
  if (error instanceof ApiError && error.status === 409 && error.field === 'version' && error.body?.current) {
    showConflict(error.body.current);
    showState('error', 'Not saved: changed elsewhere');
  } else if (error instanceof ApiError && error.field && showFieldError(error.field, error.message)) {
    showState('error', 'Not saved: please fix the highlighted field');
  } else {
    showState('error', `Not saved: ${error.message}`);
  }
}

// Makes Ctrl+S (Cmd+S on a Mac) call save() anywhere on the page; returns the function that removes it,
// for the page's dispose().
export function onSaveShortcut(save) {
  const onKeydown = (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  };
  document.addEventListener('keydown', onKeydown);
  return () => document.removeEventListener('keydown', onKeydown);
}
