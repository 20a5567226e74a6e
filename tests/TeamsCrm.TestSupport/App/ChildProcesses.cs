using System.Diagnostics;

namespace TeamsCrm.TestSupport;

/// <summary>The one way the harnesses end a child process they started (the app, Azurite, the Playground).</summary>
public static class ChildProcesses
{
    /// <summary>Kills a child process and its tree (SIGKILL ends a stopped process too) and disposes it; one already gone is fine.</summary>
    public static void KillAndDispose(Process child)
    {
        ArgumentNullException.ThrowIfNull(child);
        try
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        child.Dispose();
    }
}
