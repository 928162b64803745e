namespace KioskGuide.Kiosk.Staff;

/// <summary>Registers staff mode: its settings, the PIN gate, the actions, and the opening hours it can override.</summary>
public static class StaffServices
{
    public static IServiceCollection AddStaffMode(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffGate>();
        services.AddSingleton<StaffActions>();
        services.AddScoped<StaffSession>();
        services.AddLocalization();
        services.AddScoped<StaffWords>();
        services.AddOptions<OpeningHoursOptions>().BindConfiguration(OpeningHoursOptions.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<OpeningHoursOptions>, OpeningHoursOptionsValidator>();
        services.AddSingleton<SiteHours>();
        return services;
    }
}
