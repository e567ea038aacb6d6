import { describeFaultyBackfill } from "./faulty-backfill"

jest.setTimeout(120_000)

describeFaultyBackfill("huggingface")
