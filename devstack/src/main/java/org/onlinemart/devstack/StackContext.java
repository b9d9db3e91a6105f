package org.onlinemart.devstack;

import org.onlinemart.devstack.control.ControlClient;
import org.onlinemart.devstack.liberty.JwtKeystore;
import org.onlinemart.devstack.liberty.ServiceEnvironment;
import org.onlinemart.devstack.process.PidFiles;

/** What every command needs, read once from the environment and the file system. */
public record StackContext(
        StackPaths paths,
        StackSettings settings,
        ServiceEnvironment serviceEnv,
        PidFiles pidFiles,
        ControlClient control) {

    /** The same context with Prometheus asked for ({@code --with-prometheus}). */
    StackContext withPrometheus() {
        return new StackContext(paths, settings.withPrometheus(), serviceEnv, pidFiles, control);
    }

    /** The same context with the six services in one Liberty server ({@code --one-server}). */
    StackContext withOneServer() {
        return new StackContext(paths, settings.withOneServer(), serviceEnv, pidFiles, control);
    }

    static StackContext fromEnvironment() {
        StackPaths paths = StackPaths.discover();
        StackSettings settings = StackSettings.from(System.getenv());
        return new StackContext(
                paths,
                settings,
                new ServiceEnvironment(settings, System.getenv(), new JwtKeystore(paths.jwt())),
                new PidFiles(paths.pids()),
                new ControlClient(settings.controlPort(), paths.controlSecret()));
    }
}
