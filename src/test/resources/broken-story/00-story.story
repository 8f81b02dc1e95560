// Compute Quest: the story's identity and where it begins.
// Files are read in path order; see story/README.md for the format.
@story compute-quest Compute Quest
@start welcome
