using KioskGuide.Central;

return await CentralCommands.RunAsync(args);
