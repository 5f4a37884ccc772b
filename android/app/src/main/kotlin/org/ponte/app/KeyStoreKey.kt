package org.ponte.app

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.io.File
import java.security.KeyStore
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import org.ponte.shared.AesGcmKeyWrapper
import org.ponte.shared.DatabaseKey
import org.ponte.shared.FileWrappedKeyStore

/**
 * The database key of the shared [DatabaseKey] (32 random bytes, made once, stored only
 * wrapped, its format tested on the JVM), wrapped here by an AES-GCM key that never leaves the
 * AndroidKeyStore. Unwrapped at launch, off the main thread. [forget] deletes both, so the
 * database that used the key can never be read again.
 */
class KeyStoreKey(context: Context) {
    private val key = DatabaseKey(
        AesGcmKeyWrapper(::wrappingKey),
        FileWrappedKeyStore(File(context.noBackupFilesDir, WRAPPED_FILE)),
    )

    /** The 32-byte key, made and stored on the first call. */
    fun databaseKey(): ByteArray = key.getOrCreate()

    /** True when a wrapped key exists (a database made with it may be read). */
    fun exists(): Boolean = key.exists()

    /** Deletes the wrapped key and the Keystore key that wrapped it. */
    fun forget() {
        key.forget()
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
        const val WRAPPED_FILE = "database.key"
    }
}
