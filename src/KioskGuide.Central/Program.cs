using KioskGuide.FeedServer;

return await FeedServerCommands.RunAsync(args);
