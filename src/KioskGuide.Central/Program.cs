namespace KioskGuide.Central;

/// <summary>Entry point: runs a command (import, create-token, …) or the server. Named, not global, like the kiosk's.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => CentralCommands.RunAsync(args);
}
