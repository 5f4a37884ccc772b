package org.ponte.shared

import java.io.File
import java.nio.file.Files
import java.security.InvalidKeyException
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import org.junit.After
import org.junit.Test

class DatabaseKeyTest {
    private val dir = Files.createTempDirectory("ponte-key").toFile()
    private val file = File(dir, "keys/database.key")

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    /** The JVM's stand-in for the AndroidKeyStore: a software AES key. */
    private fun softwareKey(): SecretKey = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()

    private val wrappingKey = softwareKey()
    private val wrapper = AesGcmKeyWrapper { wrappingKey }

    @Test
    fun theKeyIsCreatedOnceAndReadBackAtEveryStart() {
        val first = DatabaseKey(wrapper, FileWrappedKeyStore(file))
        assertFalse(first.exists())
        val key = first.getOrCreate()
        assertEquals(32, key.size)
        assertTrue(first.exists())
        // Stored wrapped: the key's bytes are nowhere in the file.
        val stored = file.readBytes()
        assertFalse(stored.toList().windowed(32).any { it == key.toList() })
        assertEquals(DatabaseKey.VERSION, stored[0])

        // Another start, another object: the same key.
        assertContentEquals(key, DatabaseKey(wrapper, FileWrappedKeyStore(file)).getOrCreate())
        assertContentEquals(key, first.getOrCreate())
    }

    @Test
    fun wrapAndUnwrapRoundTripWithAFreshNonceEachTime() {
        val key = ByteArray(32) { it.toByte() }
        val a = DatabaseKey.wrap(wrapper, key)
        val b = DatabaseKey.wrap(wrapper, key)
        assertFalse(a.contentEquals(b), "a fresh nonce each time")
        assertContentEquals(key, DatabaseKey.unwrap(wrapper, a))
        assertContentEquals(key, DatabaseKey.unwrap(wrapper, b))
        assertEquals(1 + 1 + 12 + 32 + 16, a.size)
        assertFailsWith<IllegalArgumentException> { DatabaseKey.wrap(wrapper, ByteArray(16)) }
    }

    @Test
    fun aTamperedWrappedKeyIsRefusedClearly() {
        val wrapped = DatabaseKey.wrap(wrapper, ByteArray(32) { 7 })
        for (index in 2 until wrapped.size) {
            val tampered = wrapped.copyOf().also { it[index] = (it[index].toInt() xor 0x01).toByte() }
            val e = assertFailsWith<DatabaseKeyException> { DatabaseKey.unwrap(wrapper, tampered) }
            assertEquals(DatabaseKeyException.Reason.TAMPERED, e.reason, "byte $index")
        }
        // Unwrapped by another wrapping key (the keystore's key was replaced): refused too.
        val other = AesGcmKeyWrapper(::softwareKey)
        assertEquals(DatabaseKeyException.Reason.TAMPERED, assertFailsWith<DatabaseKeyException> { DatabaseKey.unwrap(other, wrapped) }.reason)
    }

    @Test
    fun theFormatIsVersionedAndItsLengthsChecked() {
        val wrapped = DatabaseKey.wrap(wrapper, ByteArray(32) { 1 })
        val future = wrapped.copyOf().also { it[0] = 2 }
        val e = assertFailsWith<DatabaseKeyException> { DatabaseKey.unwrap(wrapper, future) }
        assertEquals(DatabaseKeyException.Reason.UNKNOWN_VERSION, e.reason)
        assertNotNull(e.message)
        for (bad in listOf(ByteArray(0), byteArrayOf(1), wrapped.copyOf(wrapped.size - 1), wrapped + byteArrayOf(0), wrapped.copyOf().also { it[1] = 40 }, wrapped.copyOf().also { it[1] = 0 })) {
            assertEquals(DatabaseKeyException.Reason.MALFORMED, assertFailsWith<DatabaseKeyException> { DatabaseKey.unwrap(wrapper, bad) }.reason)
        }
    }

    @Test
    fun aStoredKeyThatCannotBeReadIsNeverReplacedSilently() {
        val keeper = DatabaseKey(wrapper, FileWrappedKeyStore(file))
        keeper.getOrCreate()
        val stored = file.readBytes()
        file.writeBytes(stored.copyOf().also { it[20] = (it[20].toInt() xor 0x80).toByte() })
        assertFailsWith<DatabaseKeyException> { keeper.getOrCreate() }
        assertEquals(stored.size, file.readBytes().size, "the damaged key was left for the person's decision")
    }

    @Test
    fun aWrappingKeyThatFailsIsReportedAsSuch() {
        val wrapped = DatabaseKey.wrap(wrapper, ByteArray(32))
        val broken = object : KeyWrapper {
            override fun seal(plain: ByteArray, aad: ByteArray) = throw InvalidKeyException("key permanently invalidated")
            override fun unseal(sealed: KeyWrapper.Sealed, aad: ByteArray): ByteArray = throw InvalidKeyException("key permanently invalidated")
        }
        val e = assertFailsWith<DatabaseKeyException> { DatabaseKey.unwrap(broken, wrapped) }
        assertEquals(DatabaseKeyException.Reason.WRAPPER_FAILED, e.reason)
        assertTrue(e.cause is InvalidKeyException)
    }

    @Test
    fun forgettingDeletesTheWrappedKeyAndTheNextKeyIsANewOne() {
        val keeper = DatabaseKey(wrapper, FileWrappedKeyStore(file))
        val key = keeper.getOrCreate()
        keeper.forget()
        assertFalse(file.exists())
        assertFalse(keeper.exists())
        keeper.forget() // twice is fine
        assertFalse(key.contentEquals(keeper.getOrCreate()))
    }
}
