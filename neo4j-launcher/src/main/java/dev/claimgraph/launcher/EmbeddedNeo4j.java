package dev.claimgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import inet.ipaddr.IPAddressString;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.locker.FileLockException;
import picocli.CommandLine;

/**
 * Starts Neo4j Community embedded, closed to everyone but its owner, and keeps it running
 * until SIGTERM/SIGINT (exit code 143/130), or until standard input closes when started with
 * --exit-on-stdin-eof (so a dead parent process never leaves an orphan database).
 *
 * <p>Closed means: Bolt only, on loopback only (no HTTP/HTTPS connector, no routing
 * connector); authentication on, user {@code neo4j} with the password kept in
 * --password-file (mode 0600; generated with SecureRandom on first start, reused after);
 * LOAD CSV may not read local files and may not fetch from any IP address. Server-side bounds
 * on every transaction: --tx-timeout-ms, --lock-timeout-ms, --tx-memory-mb.
 *
 * <p>Prints exactly one line "READY bolt://HOST:PORT" on standard output once the
 * default database accepts transactions; everything else goes to standard error. The
 * password never appears in either. This launcher holds no product logic: claimgraph
 * (TypeScript) does the rest over Bolt.
 *
 * <p>Two start failures a person can fix are named instead of thrown: the Bolt port is taken
 * (checked before anything else, and again if Neo4j cannot bind it) or the data folder is
 * locked by another Neo4j. Then it prints one line "FAILED bolt-port-taken" or "FAILED
 * data-dir-locked" on standard output, one line on standard error, and exits with code 3.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  private static final String USER = "neo4j";
  /** The exit code of a start failure named on standard output ("FAILED <reason>"). */
  private static final int EXIT_NAMED_FAILURE = 3;

  public static void main(String[] argv) throws Exception {
    try {
      run(argv);
    } catch (Throwable error) {
      String reason = namedFailure(error);
      if (reason == null) {
        throw error;
      }
      System.out.println("FAILED " + reason);
      System.out.flush();
      System.err.println("[neo4j-launcher] " + reason + ": " + deepestMessage(error));
      System.exit(EXIT_NAMED_FAILURE);
    }
  }

  /** "bolt-port-taken", "data-dir-locked", or null for any other failure (thrown as it is). */
  private static String namedFailure(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileLockException) {
        return "data-dir-locked";
      }
      if (cause instanceof BindException) {
        return "bolt-port-taken";
      }
    }
    return null;
  }

  private static String deepestMessage(Throwable error) {
    Throwable deepest = error;
    while (deepest.getCause() != null) {
      deepest = deepest.getCause();
    }
    return String.valueOf(deepest.getMessage());
  }

  /** Throws BindException when something already listens on host:port (before any database work). */
  private static void checkPortFree(String host, int port) throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    }
  }

  private static void run(String[] argv) throws Exception {
    Map<String, String> args = parse(argv);
    Path home = Path.of(args.getOrDefault("data-dir", "data/neo4j")).toAbsolutePath();
    String host = args.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(args.getOrDefault("bolt-port", "7687"));
    Path passwordFile = Path.of(args.getOrDefault("password-file", home.resolve("bolt-password").toString())).toAbsolutePath();
    // Small defaults: the database shares 2 cores and memory with the server and tests.
    long pageCacheMb = Long.parseLong(args.getOrDefault("page-cache-mb", "256"));
    long txMemoryMb = Long.parseLong(args.getOrDefault("tx-memory-mb", "256"));
    long txTimeoutMs = Long.parseLong(args.getOrDefault("tx-timeout-ms", "10000"));
    long lockTimeoutMs = Long.parseLong(args.getOrDefault("lock-timeout-ms", "5000"));
    // All transactions together may hold at most half the heap (and at least one at its maximum).
    long globalTxMemoryBytes = Math.max(ByteUnit.mebiBytes(txMemoryMb), Runtime.getRuntime().maxMemory() / 2);

    checkPortFree(host, port);
    Files.createDirectories(home);
    String password = preparePassword(home, passwordFile, pageCacheMb);
    boolean passwordIsNew = !Files.exists(passwordFile);

    DatabaseManagementService dbms = builder(home, pageCacheMb)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs))
        .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofMillis(lockTimeoutMs))
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, globalTxMemoryBytes)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown = new Thread(() -> {
      System.err.println("[neo4j-launcher] shutting down");
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    if (passwordIsNew) {
      // Only now that the database holds it: a file that exists is a password that works.
      writeSecretFile(passwordFile, password);
    }
    System.out.println("READY bolt://" + host + ":" + port);
    System.out.flush();

    if (args.containsKey("exit-on-stdin-eof")) {
      watchStdin();
    }
    stopped.await();
  }

  /** Settings every start shares: what closes the database, whatever else is configured. */
  private static DatabaseManagementServiceBuilder builder(Path home, long pageCacheMb) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
        .setConfig(GraphDatabaseSettings.routing_enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        // LOAD CSV: no file:/// URLs at all, and no fetching from any address (no SSRF either).
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("no-import"))
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
        // Stopping: Bolt's defaults wait 5 s for connections and 5 s more of network quiet,
        // after the databases are already closed; the parent waits for this process to exit.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        // Transaction logs grow as they are written instead of being preallocated: Neo4j's
        // default reserves 256 MiB per database (system and neo4j), so an empty database took
        // about 516 MB on disk. Rotating at 64 MiB lets the retention policy prune sooner.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64));
  }

  /**
   * The password of user neo4j, making sure the database will accept it: read from the
   * password file when it exists (the database took it on an earlier start); otherwise
   * generated, and given to the database before Bolt listens. A new database gets it as its
   * initial password (neo4j-admin's set-initial-password, so there is no moment with the
   * default password); an existing one (created before auth was on, or whose file was lost)
   * gets it through ALTER USER while it runs without any connector.
   */
  private static String preparePassword(Path home, Path passwordFile, long pageCacheMb) throws Exception {
    if (Files.exists(passwordFile)) {
      Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
      String stored = Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
      if (stored.isEmpty()) {
        throw new IllegalStateException("the password file " + passwordFile + " is empty");
      }
      return stored;
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);

    boolean systemExists = Files.exists(home.resolve("data").resolve("databases").resolve("system"));
    if (!systemExists) {
      PrintStream err = System.err;
      ExecutionContext ctx = new ExecutionContext(home, home.resolve("conf"), err, err, new DefaultFileSystemAbstraction());
      int exit = new CommandLine(new SetInitialPasswordCommand(ctx)).execute("--", password);
      if (exit != 0) {
        throw new IllegalStateException("setting the initial password failed (exit " + exit + ")");
      }
    } else {
      System.err.println("[neo4j-launcher] existing database without a password file: setting a new password");
      DatabaseManagementService offline = builder(home, pageCacheMb).setConfig(BoltConnector.enabled, false).build();
      try {
        offline.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
            "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      } finally {
        offline.shutdown();
      }
    }
    return password;
  }

  /** Writes `text` to `file` readable by its owner only, atomically (no partial file, no wider mode in between). */
  private static void writeSecretFile(Path file, String text) throws IOException {
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    Path tmp = Files.createTempFile(file.getParent(), ".bolt-password", ".tmp", PosixFilePermissions.asFileAttribute(ownerOnly));
    try {
      Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Exits (running the shutdown hook) when standard input reaches end of file. */
  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
          // Input is ignored; only its end matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the parent is gone, same as end of file.
      }
      System.err.println("[neo4j-launcher] standard input closed");
      System.exit(0);
    }, "stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Parses "--key value" and bare "--flag" arguments. */
  private static Map<String, String> parse(String[] argv) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + argv[i]);
      }
      String key = argv[i].substring(2);
      if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
        out.put(key, argv[++i]);
      } else {
        out.put(key, "true");
      }
    }
    return out;
  }
}
