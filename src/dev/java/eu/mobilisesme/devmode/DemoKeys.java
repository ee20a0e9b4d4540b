package eu.mobilisesme.devmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RSA key pair that signs demo tokens in dev mode. It is generated on the developer's machine the first time and
 * never committed or packaged, so no profile that ships can trust it.
 */
record DemoKeys(Path publicKey, Path privateKey) {

    static DemoKeys inFolder(Path folder) {
        DemoKeys keys = new DemoKeys(folder.resolve("publicKey.pem"), folder.resolve("privateKey.pem"));
        if (Files.notExists(keys.publicKey()) || Files.notExists(keys.privateKey())) {
            keys.generate();
        }
        return keys;
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(publicKey.getParent());
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            // Only the developer who generated it may read the signing key (where the file system has owners).
            if (Files.getFileAttributeView(privateKey, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo keys to " + publicKey.getParent(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no RSA key generator", e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
