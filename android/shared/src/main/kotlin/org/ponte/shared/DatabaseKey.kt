package org.ponte.shared

import java.io.File
import java.io.IOException
import java.security.GeneralSecurityException
import java.security.SecureRandom
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * Encrypts and decrypts small secrets with AES-GCM under a key that never leaves its keeper.
 * Android implements it with a key of the AndroidKeyStore (see [AesGcmKeyWrapper]); tests with
 * a software AES key.
 */
interface KeyWrapper {
    /** Encrypts `plain`, authenticating `aad` with it; the wrapper chooses the nonce. */
    fun seal(plain: ByteArray, aad: ByteArray): Sealed

    /** Decrypts, or throws [GeneralSecurityException] (an [AEADBadTagException] when tampered with). */
    fun unseal(sealed: Sealed, aad: ByteArray): ByteArray

    class Sealed(val nonce: ByteArray, val ciphertext: ByteArray)
}

/**
 * AES-GCM with the JCA `Cipher`, under the key `key()` gives. On Android:
 * `AesGcmKeyWrapper { keyStore.getKey(alias, null) as SecretKey }` for a key generated with
 * `KeyGenParameterSpec` (`PURPOSE_ENCRYPT or PURPOSE_DECRYPT`, `BLOCK_MODE_GCM`,
 * `ENCRYPTION_PADDING_NONE`, 256 bits): the keystore makes the nonce itself, which this class
 * lets it do.
 */
class AesGcmKeyWrapper(private val key: () -> SecretKey) : KeyWrapper {
    override fun seal(plain: ByteArray, aad: ByteArray): KeyWrapper.Sealed {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key())
        cipher.updateAAD(aad)
        val ciphertext = cipher.doFinal(plain)
        return KeyWrapper.Sealed(cipher.iv, ciphertext)
    }

    override fun unseal(sealed: KeyWrapper.Sealed, aad: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key(), GCMParameterSpec(TAG_BITS, sealed.nonce))
        cipher.updateAAD(aad)
        return cipher.doFinal(sealed.ciphertext)
    }

    companion object {
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val TAG_BITS = 128
    }
}

/** Where the wrapped key is kept (Android: a file in `noBackupFilesDir`). */
interface WrappedKeyStore {
    fun read(): ByteArray?
    fun write(bytes: ByteArray)
    fun delete()
}

/** A [WrappedKeyStore] in one file, written whole to a temporary file and then renamed over it. */
class FileWrappedKeyStore(private val file: File) : WrappedKeyStore {
    override fun read(): ByteArray? = if (file.exists()) file.readBytes() else null

    override fun write(bytes: ByteArray) {
        file.parentFile?.mkdirs()
        val temporary = File(file.path + ".new")
        temporary.outputStream().use { out ->
            out.write(bytes)
            out.fd.sync()
        }
        if (!temporary.renameTo(file)) {
            temporary.delete()
            throw IOException("could not replace ${file.path}")
        }
    }

    override fun delete() {
        if (file.exists() && !file.delete()) throw IOException("could not delete ${file.path}")
        File(file.path + ".new").delete()
    }
}

/** The wrapped key could not be read back. The database cannot be opened without it. */
class DatabaseKeyException(val reason: Reason, message: String, cause: Throwable? = null) :
    Exception(message, cause) {
    enum class Reason {
        /** Stored by a version of the format this app does not know. */
        UNKNOWN_VERSION,

        /** Too short, or lengths that do not add up. */
        MALFORMED,

        /** The authentication failed: changed bytes, or another wrapping key. */
        TAMPERED,

        /** The wrapping key refused to work (the keystore lost or invalidated it). */
        WRAPPER_FAILED,
    }
}

/**
 * The database's 32-byte key: generated once, kept only wrapped, unwrapped at each start.
 *
 * Stored format, version 1: `[1] [nonce length n] [n bytes nonce] [ciphertext + 16-byte tag]`.
 * The version byte and the purpose are authenticated with the key (the additional data), so a
 * changed version or a key wrapped for something else is refused like any tampering.
 */
class DatabaseKey(
    private val wrapper: KeyWrapper,
    private val store: WrappedKeyStore,
    private val random: SecureRandom = SecureRandom(),
) {
    /**
     * The key, created and stored the first time. A stored key that cannot be unwrapped is an
     * error, never replaced silently: a new key would make the person's data unreadable.
     */
    @Synchronized
    fun getOrCreate(): ByteArray {
        store.read()?.let { return unwrap(wrapper, it) }
        val key = ByteArray(KEY_BYTES).also(random::nextBytes)
        val wrapped = wrap(wrapper, key)
        store.write(wrapped)
        // Read back what was written: a wrapper that cannot unwrap its own output fails now,
        // before any data is encrypted under a key that would be lost.
        check(unwrap(wrapper, store.read() ?: wrapped).contentEquals(key)) { "the stored key does not read back" }
        return key
    }

    /** Whether a wrapped key is stored (the app has been set up on this phone). */
    fun exists(): Boolean = store.read() != null

    /** `Effect.ForgetDatabaseKey`: the wrapped key is deleted (the shell deletes the database files). */
    @Synchronized
    fun forget() = store.delete()

    companion object {
        const val KEY_BYTES = 32
        const val VERSION: Byte = 1
        private val PURPOSE = "org.ponte.database-key".toByteArray(Charsets.US_ASCII)

        private fun aad(version: Byte) = PURPOSE + byteArrayOf(version)

        fun wrap(wrapper: KeyWrapper, key: ByteArray): ByteArray {
            require(key.size == KEY_BYTES) { "a database key has $KEY_BYTES bytes, not ${key.size}" }
            val sealed = wrapper.seal(key, aad(VERSION))
            require(sealed.nonce.size in 1..255) { "nonce of ${sealed.nonce.size} bytes" }
            return byteArrayOf(VERSION, sealed.nonce.size.toByte()) + sealed.nonce + sealed.ciphertext
        }

        fun unwrap(wrapper: KeyWrapper, stored: ByteArray): ByteArray {
            if (stored.isEmpty()) throw DatabaseKeyException(DatabaseKeyException.Reason.MALFORMED, "the stored key is empty")
            val version = stored[0]
            if (version != VERSION) {
                throw DatabaseKeyException(DatabaseKeyException.Reason.UNKNOWN_VERSION, "stored key format version $version, expected $VERSION")
            }
            if (stored.size < 2) throw DatabaseKeyException(DatabaseKeyException.Reason.MALFORMED, "the stored key is truncated")
            val nonceLength = stored[1].toInt() and 0xff
            val ciphertextStart = 2 + nonceLength
            if (nonceLength == 0 || stored.size != ciphertextStart + KEY_BYTES + TAG_BYTES) {
                throw DatabaseKeyException(DatabaseKeyException.Reason.MALFORMED, "the stored key has ${stored.size} bytes, which do not add up")
            }
            val sealed = KeyWrapper.Sealed(stored.copyOfRange(2, ciphertextStart), stored.copyOfRange(ciphertextStart, stored.size))
            val key = try {
                wrapper.unseal(sealed, aad(version))
            } catch (e: AEADBadTagException) {
                throw DatabaseKeyException(DatabaseKeyException.Reason.TAMPERED, "the stored key was changed or wrapped by another key", e)
            } catch (e: GeneralSecurityException) {
                throw DatabaseKeyException(DatabaseKeyException.Reason.WRAPPER_FAILED, "the wrapping key could not unwrap the stored key", e)
            }
            if (key.size != KEY_BYTES) throw DatabaseKeyException(DatabaseKeyException.Reason.MALFORMED, "the unwrapped key has ${key.size} bytes")
            return key
        }

        private const val TAG_BYTES = 16
    }
}
