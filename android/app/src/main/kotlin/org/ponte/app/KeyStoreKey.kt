package org.ponte.app

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.util.Base64
import java.io.File
import java.security.KeyStore
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The database key: 32 random bytes made once with [SecureRandom], stored on disk only wrapped
 * (AES-GCM) by a key that never leaves the AndroidKeyStore. Unwrapped at launch, off the main
 * thread. [forget] deletes both, so the database that used the key can never be read again.
 */
class KeyStoreKey(context: Context) {
    private val file = File(context.noBackupFilesDir, WRAPPED_FILE)

    /** The 32-byte key, made and stored on the first call. */
    fun databaseKey(): ByteArray {
        if (file.exists()) {
            val stored = file.readText().split(SEPARATOR)
            if (stored.size == 2) {
                val iv = Base64.decode(stored[0], Base64.NO_WRAP)
                val sealed = Base64.decode(stored[1], Base64.NO_WRAP)
                val cipher = Cipher.getInstance(TRANSFORMATION)
                cipher.init(Cipher.DECRYPT_MODE, wrappingKey(), GCMParameterSpec(TAG_BITS, iv))
                return cipher.doFinal(sealed)
            }
        }
        val key = ByteArray(KEY_BYTES).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, wrappingKey())
        val sealed = cipher.doFinal(key)
        val text = Base64.encodeToString(cipher.iv, Base64.NO_WRAP) + SEPARATOR +
            Base64.encodeToString(sealed, Base64.NO_WRAP)
        val temp = File(file.parentFile, file.name + ".tmp")
        temp.writeText(text)
        temp.renameTo(file)
        return key
    }

    /** True when a wrapped key exists (a database made with it may be read). */
    fun exists(): Boolean = file.exists()

    /** Deletes the wrapped key and the Keystore key that wrapped it. */
    fun forget() {
        file.delete()
        val store = KeyStore.getInstance(ANDROID_KEY_STORE).apply { load(null) }
        if (store.containsAlias(ALIAS)) store.deleteEntry(ALIAS)
    }

    private fun wrappingKey(): SecretKey {
        val store = KeyStore.getInstance(ANDROID_KEY_STORE).apply { load(null) }
        (store.getEntry(ALIAS, null) as? KeyStore.SecretKeyEntry)?.let { return it.secretKey }
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEY_STORE)
        generator.init(
            KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build(),
        )
        return generator.generateKey()
    }

    private companion object {
        const val ANDROID_KEY_STORE = "AndroidKeyStore"
        const val ALIAS = "ponte.database.wrap"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val WRAPPED_FILE = "database.key"
        const val SEPARATOR = ":"
        const val KEY_BYTES = 32
        const val TAG_BITS = 128
    }
}
