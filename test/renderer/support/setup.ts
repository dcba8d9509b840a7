import { configure } from '@testing-library/react';

// What follows a painted frame (problems, the save status, Undo/Redo) appears a frame or two after the
// change. On a loaded 2-core machine jsdom's frames come late, so `waitFor` and `findBy…` allow 5 s
// instead of 1 s: the tests assert what appears, never how fast.
configure({ asyncUtilTimeout: 5_000 });
