// The thread that parses a large file for an import (parse-thread.ts): its own entry, so it loads only the
// reading and parsing modules, not the store's.
import { workerData } from 'node:worker_threads'
import { postParsedRecords, type ParseInput } from './parse-thread'

postParsedRecords(workerData as ParseInput)
