/**
 * Jest's setup: every message table registered, as the CLI registers them. Each bundle registers only
 * its own tables (src/data/messages/index.ts); test/data/messages/surfaces.test.ts checks those lists.
 */
import "../src/data/messages/all";
