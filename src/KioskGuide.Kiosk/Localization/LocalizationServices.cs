using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Kiosk.Localization;

public static class LocalizationServices
{
    /// <summary>
    /// IStringLocalizer over the kiosk's .resx files (Localization/UiText*.resx and each feature's own files).
    /// Resource names follow the type's namespace, so no ResourcesPath.
    /// </summary>
    public static IServiceCollection AddKioskLocalization(this IServiceCollection services) => services.AddLocalization();
}
