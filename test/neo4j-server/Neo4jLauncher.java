import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An embedded Neo4j Community with Bolt on loopback, for tests and `npm run neo4j`.
 *
 * Usage: java Neo4jLauncher.java HOME_DIR [PORT] [--delete-on-exit]   (PORT 0 or absent: a free port)
 * Prints "neo4j ready bolt://127.0.0.1:PORT" once Bolt accepts connections. Reads commands on
 * stdin: "stop" shuts the DBMS down ("neo4j stopped"), "start" starts it again on the same port and
 * data. End of stdin (the parent went away) or SIGTERM shuts down and exits, so no JVM outlives
 * the process that started it.
 */
public final class Neo4jLauncher {
  private static DatabaseManagementService dbms;
  private static Path throwaway;

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java Neo4jLauncher.java HOME_DIR [PORT]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    if (args.length > 2 && args[2].equals("--delete-on-exit")) throwaway = home;
    Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLauncher::exit, "neo4j-shutdown"));

    port = start(home, port);
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = commands.readLine()) != null; ) {
      switch (line.trim()) {
        case "stop" -> { stop(); say("neo4j stopped"); }
        case "start" -> start(home, port);
        case "" -> { }
        default -> System.err.println("unknown command: " + line.trim() + " (expected start or stop)");
      }
    }
    System.exit(0); // the shutdown hook stops Neo4j
  }

  private static synchronized int start(Path home, int port) {
    if (dbms != null) return port;
    dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        // A throwaway store: keep little transaction log, and do not preallocate files.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .build();
    GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    int bound = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT).getPort();
    say("neo4j ready bolt://127.0.0.1:" + bound);
    return bound;
  }

  private static synchronized void stop() {
    if (dbms == null) return;
    dbms.shutdown();
    dbms = null;
  }

  private static void exit() {
    stop();
    if (throwaway != null) delete(throwaway);
  }

  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
