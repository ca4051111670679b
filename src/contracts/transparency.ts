// The transparency log over HTTP: checkpoints, keys, proofs and receipts.
import Type from 'typebox';

const Size = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const InclusionQuery = Type.Object({ leafIndex: Size, treeSize: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }, { additionalProperties: false });
export const ConsistencyQuery = Type.Object({ first: Size, second: Size }, { additionalProperties: false });
export const SizeParams = Type.Object({ size: Size });
export const SeqParams = Type.Object({ id: Type.Integer({ minimum: 1 }), seq: Type.Integer({ minimum: 1 }) });

export const ProofResponse = Type.Object({
  /** Base64 SHA-256 hashes, deepest first (RFC 9162 §2.1.3.1 / §2.1.4.1). */
  hashes: Type.Array(Type.String()),
});

export const LogKeys = Type.Object({
  origin: Type.String(),
  /** The verifier key signing new checkpoints (C2SP signed-note vkey). */
  current: Type.String(),
  /** Every key that signed a stored checkpoint, the current one included (rotation keeps old receipts verifiable). */
  all: Type.Array(Type.Object({ verifierKey: Type.String(), firstSize: Type.Integer(), lastSize: Type.Integer() })),
  treeSize: Type.Integer(),
  /** The witnesses this server asks to cosign (C2SP tlog-witness); obtain their keys from them to rely on them. */
  witnesses: Type.Array(
    Type.Object({
      name: Type.String(),
      /** cosignature/v1 verifier key (signature type 0x04). */
      verifierKey: Type.String(),
      /** The latest tree size it cosigned, null before its first cosignature. */
      cosignedSize: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});

export const ReceiptBody = Type.Object({
  format: Type.Literal('courtflow-receipt/1'),
  entry: Type.String({ description: 'canonical JSON (RFC 8785) of the logged entry' }),
  leafIndex: Type.Integer(),
  treeSize: Type.Integer(),
  inclusionProof: Type.Array(Type.String()),
  checkpoint: Type.String({ description: 'C2SP signed checkpoint note, with any witness cosignature lines' }),
  verifierKey: Type.String(),
});
