package dev.claimgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with the Bolt connector on loopback and keeps it
 * running until SIGTERM/SIGINT, or until standard input closes when started with
 * --exit-on-stdin-eof (so a crashed parent process never leaves an orphan database).
 *
 * <p>Prints exactly one line "READY bolt://HOST:PORT" on standard output once the
 * default database accepts transactions; everything else goes to standard error.
 * This launcher holds no product logic: claimgraph (TypeScript) does the rest over Bolt.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = parse(argv);
    Path dataDir = Path.of(args.getOrDefault("data-dir", "data/neo4j")).toAbsolutePath();
    String host = args.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(args.getOrDefault("bolt-port", "7687"));
    // Small defaults: the database shares 2 cores and memory with the server and tests.
    long pageCacheMb = Long.parseLong(args.getOrDefault("page-cache-mb", "256"));
    long txMemoryMb = Long.parseLong(args.getOrDefault("tx-memory-mb", "512"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb))
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
    System.out.println("READY bolt://" + host + ":" + port);
    System.out.flush();

    if (args.containsKey("exit-on-stdin-eof")) {
      watchStdin();
    }
    stopped.await();
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
